// Arrays the database sends joined into one string (`array_to_string(…, chr(31))`): splitting them here
// costs less than the drivers' own text[] parsing.

const SEPARATOR = "\u001f";

/** The items of an array sent joined; [] for none. */
export const splitJoined = (joined: string | null): string[] => (joined ? joined.split(SEPARATOR) : []);
