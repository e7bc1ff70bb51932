/** Test builds and test runs: the page address carries `e2e=1`. Read once, before anything edits
 *  the address. */
export const IS_E2E = new URLSearchParams(window.location.search).get('e2e') === '1';
