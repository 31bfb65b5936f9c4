// Whether an array holds only numbers (a vector), told without V8 converting or boxing its doubles.
//
// A loop of ours that reads the items of both arrays of doubles and other arrays (of strings, of objects)
// becomes, once V8 optimises it, code that converts each array of doubles it reads into an array of boxed
// numbers: every item of a vector becomes a heap object, garbage that also slows whatever reads the vector
// afterwards (a score's two 384-dimension vectors cost its app side ~100 µs that way). Builtins never
// convert. Only arrays starting with a number reach findIndex, so its call site sees vectors alone and V8
// inlines it, reading doubles as they are stored (called on every array, it boxed each item for the
// callback: 12 kB a vector).

const isNotNumber = (item: unknown) => typeof item !== "number";

export function isNumberArray(array: readonly unknown[]): boolean {
  return typeof array.at(0) === "number" && array.findIndex(isNotNumber) === -1;
}
