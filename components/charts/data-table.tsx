// The table beside every chart: the same figures, readable by anyone and by screen readers.
import { Table, Td, Th } from '@/components/ui/table';

export interface DataColumn {
  label: string;
  /** Numbers right-aligned. */
  numeric?: boolean;
}

export function DataTable({ caption, columns, rows }: { caption: string; columns: readonly DataColumn[]; rows: readonly (readonly string[])[] }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <Th key={c.label} className={c.numeric ? 'text-right' : undefined}>
              {c.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <Th key={j} scope="row" className="normal-case tracking-normal font-medium text-slate-700">
                  {cell}
                </Th>
              ) : (
                <Td key={j} className={columns[j]?.numeric ? 'text-right tabular-nums' : undefined}>
                  {cell}
                </Td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
