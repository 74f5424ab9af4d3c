/**
 * URLs in messages without their passwords. `--version-url https://user:secret@host/...` is a
 * way to reach a private mirror; the secret must not end up in a terminal log, a CI transcript or
 * an issue someone pastes. The user name stays (it helps to see which account was used).
 */

/** `https://user:***@host/path` for a URL with a password; any other text unchanged. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactUrlsIn(url);
  }
  if (parsed.password === '') return url;
  parsed.password = '***';
  return parsed.href;
}

/** Every `scheme://user:password@` in free text, with the password replaced by `***`. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#:@]*):[^\s/?#@]*@/gi, '$1:***@');
}
