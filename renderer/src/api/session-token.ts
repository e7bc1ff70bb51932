// Serve mode puts a per-run token in the page address (?token=...). The API rejects calls without
// it. Keep it in sessionStorage so a reload without the parameter still works, and take it out of
// the address bar so it does not end up in bookmarks, screenshots or history.

const STORAGE_KEY = 'itinera.token';

export function readSessionToken(location: Location = window.location): string | null {
  const url = new URL(location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromAddress);
    } catch {
      // NOTE: storage can be disabled; the token then only lives for this page.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromAddress;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
