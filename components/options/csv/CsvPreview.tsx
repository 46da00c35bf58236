import type { CsvTable } from '@/lib/core/csv';

const PREVIEW_ROWS = 5;

/** The first rows as the file has them, so the rep can check the mapping against real data. */
export function CsvPreview({ table, fileName }: { table: CsvTable; fileName: string }) {
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="csv-preview">
      <table>
        <caption>
          First {shown.length} of {table.rows.length} rows in {fileName}
        </caption>
        <thead>
          <tr>
            {table.headers.map((header, index) => (
              <th key={index} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ row, cells }) => (
            <tr key={row}>
              {table.headers.map((_header, index) => (
                <td key={index}>{cells[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
