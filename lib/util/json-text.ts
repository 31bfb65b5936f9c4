// JSON text kept with the object it was made from, so a value stored and then sent (a score: the inference
// log's response column, then the HTTP body) is serialised once. Only for objects nobody changes afterwards.

const texts = new WeakMap<object, string>();

/** JSON.stringify(value), remembered for `jsonTextOf`. */
export function serialiseOnce(value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/** The text `serialiseOnce` made of this very object, if it did. */
export function jsonTextOf(value: unknown): string | undefined {
  return typeof value === "object" && value !== null ? texts.get(value) : undefined;
}
