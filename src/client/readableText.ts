/** The longest server text shown to a shopper, in characters. */
export const READABLE_TEXT_MAX_LENGTH = 200;

/*
 * What gives a text away as code, a dump or a log line rather than a sentence for a shopper: markup, braces,
 * brackets, quotes and other code punctuation; line breaks and tabs; camelCase (`getUser`, `UserController`) and
 * letters run into digits (`E11000`, `utf8`); dotted names (`user.mobile`, `app.js`); two slashes in one token
 * (paths, URLs); `:` before a digit (`:42:17`, `127.0.0.1:27017`) or after the first word (`Error: …`,
 * `code: …`), or twice (`key: value, key: value`); calls (`()`); runs of capitals (`ECONNREFUSED`); the words
 * `SELECT`, `FROM`, `WHERE`, `undefined`, `null`, `NaN`; and nothing at all (an empty text).
 */
const CODE_LIKE = /^$|[{}[\]<>\\|`"=;*$#~^_@\n\r\t\v\f]|[a-z][A-Z]|[A-Za-z]\d|[A-Za-z]\.[A-Za-z]|\/\S*\/|:\d|^\S+:|:.*:|\(\)|[A-Z]{8}|\b(SELECT|FROM|WHERE|undefined|null|NaN)\b/;

/**
 * Whether a text from the server reads as a short human sentence that may be shown to a shopper as it is: at
 * most {@link READABLE_TEXT_MAX_LENGTH} characters once trimmed, at least 70% letters (any script, with their
 * marks) and spaces, nothing code-like (see `CODE_LIKE` above) and at most one `:`. Stack traces, `[object
 * Object]`, JSON dumps, database and SQL errors, paths, URLs and HTML all fail; so does a sentence that merely
 * quotes such a thing. Sentences in other scripts (Hindi, Arabic, Japanese …) pass.
 * @example
 * isReadableText('Entered OTP is invalid, please retry'); // true
 * isReadableText('at UserController.login (/srv/app/user.js:42:17)'); // false
 */
export function isReadableText(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const trimmed = text.trim();
  return (
    trimmed.length <= READABLE_TEXT_MAX_LENGTH &&
    !CODE_LIKE.test(trimmed) &&
    trimmed.replace(/[\p{L}\p{M} ]/gu, '').length <= trimmed.length * 0.3
  );
}
