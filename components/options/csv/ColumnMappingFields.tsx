import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@/lib/core/csv';

export interface ColumnMappingFieldsProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** A select's value must be a string; a column list round-trips through JSON. */
function optionValue(columns: readonly string[]): string {
  return JSON.stringify(columns);
}

function choicesFor(headers: readonly string[], current: readonly string[]): (readonly string[])[] {
  const single = headers.filter(Boolean).map((header) => [header]);
  // A guessed "First name + Last name" is not a single header, so it is offered as its own choice.
  return current.length > 1 ? [current, ...single] : single;
}

/** One select per prospect field, labelled by the field, listing the file's columns. */
export function ColumnMappingFields({ headers, mapping, onChange }: ColumnMappingFieldsProps) {
  function choose(field: ImportField, value: string) {
    onChange({ ...mapping, [field]: JSON.parse(value) as string[] });
  }
  return (
    <fieldset className="csv-mapping">
      <legend>Columns</legend>
      {IMPORT_FIELDS.map((field) => (
        <label key={field}>
          <span>{FIELD_LABELS[field]}</span>
          <select value={optionValue(mapping[field])} onChange={(event) => choose(field, event.target.value)}>
            <option value={optionValue([])}>(not in this file)</option>
            {choicesFor(headers, mapping[field]).map((columns) => (
              <option key={optionValue(columns)} value={optionValue(columns)}>
                {columns.join(' + ')}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
