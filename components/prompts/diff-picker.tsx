import { inputClass } from "@/components/ui/field";

/** A plain GET form to the diff page: works without JavaScript and the URL can be shared. */
export function DiffPicker({
  path,
  versions,
  from,
  to,
}: {
  path: string;
  versions: number[];
  from: number;
  to: number;
}) {
  const select = (name: "from" | "to", value: number) => (
    <div>
      <label htmlFor={`diff-${name}`} className="mb-1 block text-sm font-medium text-slate-700">
        {name === "from" ? "From" : "To"}
      </label>
      <select id={`diff-${name}`} name={name} defaultValue={value} className={inputClass}>
        {versions.map((version) => (
          <option key={version} value={version}>
            v{version}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form action={`${path}/diff`} className="flex flex-wrap items-end gap-3">
      {select("from", from)}
      {select("to", to)}
      <button
        type="submit"
        className="rounded-md bg-white px-3.5 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
      >
        Show diff
      </button>
    </form>
  );
}
