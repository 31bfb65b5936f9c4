import { inputClass } from "./field";

/** A plain GET form: search works without JavaScript and the URL can be shared. */
export function SearchForm({
  label,
  defaultValue,
  placeholder,
}: {
  label: string;
  defaultValue?: string;
  placeholder?: string;
}) {
  return (
    <form role="search" className="mb-4 flex max-w-md gap-2">
      <label htmlFor="search" className="sr-only">
        {label}
      </label>
      <input
        id="search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        className={inputClass}
      />
      <button
        type="submit"
        className="rounded-md bg-white px-3.5 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
      >
        Search
      </button>
    </form>
  );
}
