import Link from "next/link";

/** Previous/next links that keep the other query parameters of the page. */
export function Pagination({
  basePath,
  params,
  page,
  pageSize,
  total,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const search = new URLSearchParams(
      Object.entries({ ...params, page: String(target) }).filter(([, v]) => v) as [string, string][],
    );
    return `${basePath}?${search.toString()}`;
  };
  const linkClass = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <p>
        {total === 0 ? "No results" : `${(page - 1) * pageSize + 1}–${Math.min(page * pageSize, total)} of ${total}`}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={href(page - 1)}>
            Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={linkClass} href={href(page + 1)}>
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
