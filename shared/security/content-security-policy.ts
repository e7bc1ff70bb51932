// The one Content-Security-Policy of the app's page, sent as a header by the Electron app
// protocol and by serve mode, and written into the built index.html. Chromium enforces every
// policy it is given, so they must not differ. No remote origin is allowed anywhere: the app
// makes no network requests. MapLibre runs its workers from blob: URLs and inlines styles on
// its controls, hence blob: workers and 'unsafe-inline' for styles only.

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['child-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (Chromium ignores it there). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(([name]) => name !== 'frame-ancestors')
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
