/** Adds the session token to tile requests in serve mode (the API's header). */
export function tileRequestTransformer(origin: string, token: string | null) {
  const prefix = `${origin}/tiles/`;
  return (url: string) => (token && url.startsWith(prefix) ? { url, headers: { 'X-Itinera-Token': token } } : { url });
}
