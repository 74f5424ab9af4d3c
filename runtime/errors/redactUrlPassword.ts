/**
 * The URL text with the password of its userinfo (`scheme://user:password@host`) replaced by
 * `***`, so messages never echo a secret. Works on text that is not a valid URL too.
 */
export function redactUrlPassword(url: string): string {
  // eslint-disable-next-line no-control-regex
  const match = /^([\u0000-\u0020]*[A-Za-z][A-Za-z0-9+.-]*:[/\\]*)([^/?#\\]*)/.exec(url);
  if (match === null) return url;
  const [, prefix = '', authority = ''] = match;
  const at = authority.lastIndexOf('@');
  const colon = authority.indexOf(':');
  if (at === -1 || colon === -1 || colon > at) return url;
  return `${prefix}${authority.slice(0, colon + 1)}***${authority.slice(at)}${url.slice(prefix.length + authority.length)}`;
}
