export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line that tells options with the same label apart (searched as well). */
  detail?: string;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Options whose label or detail holds every word of the query, in any order. */
export function filterOptions(options: readonly ComboboxOption[], query: string): ComboboxOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return options.filter((option) => {
    const text = fold(`${option.label} ${option.detail ?? ""}`);
    return words.every((word) => text.includes(word));
  });
}
