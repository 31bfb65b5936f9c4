export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const perSecond = (value: number) => `${Math.round(value).toLocaleString("en")} req/s`;

export function table(rows: Record<string, string | number>[]): void {
  console.table(rows);
}
