/**
 * How much of a client's own text an error may quote (issue 18). graphql-js, Apollo and
 * body-parser quote what they refuse in full (a field name, a literal, a variable's value),
 * and a client chooses how long that is: up to the body limit, twice with a stack trace.
 * One rule for every error message: a quoted run, or any unbroken run of characters, longer
 * than QUOTED_CHARS keeps its first QUOTED_CHARS characters, then "…" and its length; a
 * variable's refused value keeps INVALID_VALUE_CHARS; and a message longer than MESSAGE_CHARS
 * keeps its start and its end (graphql-js says what was wrong at the end).
 */
export const QUOTED_CHARS = 60;
const INVALID_VALUE_CHARS = 2 * QUOTED_CHARS;
const MESSAGE_CHARS = 1_000;
/** A run already cut (its QUOTED_CHARS characters and "…") is left as it is: bounding twice changes nothing. */
const LEFT_AS_IS = QUOTED_CHARS + 1;

/** `text` as an error quotes it: in double quotes, cut to QUOTED_CHARS characters with its length when longer. */
export function quoteClientText(text: string): string {
  return quoted(JSON.stringify(text).slice(1, -1), text.length);
}

/** `text` cut as an unquoted run is: its first QUOTED_CHARS characters, "…" and its length, when longer (an operation name in a log line). */
export function clipClientText(text: string): string {
  return unquoted(text);
}

/** An error message with every long run of client text in it cut by the rule above. */
export function boundClientText(message: string): string {
  const bounded = message
    .replace(LONG_RUN, (run, inQuotes: string | undefined) => (inQuotes === undefined ? unquoted(run) : quoted(inQuotes)))
    .replace(INVALID_VALUE, cutInvalidValue);
  if (bounded.length <= MESSAGE_CHARS) return bounded;
  // What is kept, and the note, fit in MESSAGE_CHARS: bounding twice changes nothing.
  const kept = MESSAGE_CHARS / 2 - 50;
  return `${bounded.slice(0, kept)} … (${(bounded.length - 2 * kept).toLocaleString('en')} characters left out) … ${bounded.slice(-kept)}`;
}

/** A double-quoted run (JSON escapes included), or an unquoted run of more than QUOTED_CHARS characters (up to a separator: an inspected object's keys end at ":"). */
const LONG_RUN = new RegExp(`"((?:[^"\\\\]|\\\\.)*)"|[^\\s":,]{${LEFT_AS_IS + 1},}`, 'g');

/** graphql-js's refusal of a variable: `Variable "$x" got invalid value <the value, inspected>[ at "path"]; <why>`. */
const INVALID_VALUE = /(Variable "\$\w+" got invalid value )([\s\S]*?)((?: at "[^"]*")?; [A-Z])/;

const ALREADY_CUT = /… \([\d,]+ characters\)$/;

function cutInvalidValue(_whole: string, start: string, value: string, reason: string): string {
  const short = value.length <= INVALID_VALUE_CHARS || ALREADY_CUT.test(value);
  return `${start}${short ? value : cut(value, INVALID_VALUE_CHARS)}${reason}`;
}

/** A quoted run's content (still escaped), quoted again and cut when too long; `length`: the text's own, unescaped. */
function quoted(content: string, length = content.length): string {
  if (content.length <= LEFT_AS_IS) return `"${content}"`;
  // Never end inside an escape sequence (\", \u00e9).
  const prefix = content.slice(0, QUOTED_CHARS).replace(/\\(u[0-9a-fA-F]{0,3})?$/, '');
  return `"${prefix}…" (${length.toLocaleString('en')} characters)`;
}

function unquoted(run: string): string {
  return run.length <= LEFT_AS_IS ? run : cut(run, QUOTED_CHARS);
}

function cut(text: string, keep: number): string {
  return `${text.slice(0, keep)}… (${text.length.toLocaleString('en')} characters)`;
}
