// Channel names of every API method, as declared by the feature slices (see contract.ts).
export { CHANNELS, METHOD_NAMES, type MethodName } from './contract.js';
