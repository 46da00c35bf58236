import { useId } from 'react';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Picks the bar colour from report.css. */
  tone: 'primary' | 'secondary';
}

export interface BarChartProps {
  title: string;
  /** The heading of the categories' column in the table. */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  format: (value: number | null) => string;
}

const WIDTH = 480;
const HEIGHT = 200;
const TOP = 18;
const BOTTOM = 22;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

/**
 * Grouped bars drawn as plain SVG (no chart library: a few rectangles do not earn one's weight in
 * the options page). The picture is one image with a title; the same numbers are in the table
 * below it, which is what a screen reader and a printout read.
 */
export function BarChart({ title, categoryLabel, categories, series, format }: BarChartProps) {
  const titleId = useId();
  const largest = Math.max(1, ...series.flatMap((line) => line.values.map((value) => value ?? 0)));
  const groupWidth = WIDTH / categories.length;
  const barWidth = (groupWidth * 0.8) / series.length;
  return (
    <div className="chart">
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <title id={titleId}>{title}</title>
        {categories.map((category, index) => (
          <g key={category} transform={`translate(${index * groupWidth + groupWidth * 0.1}, 0)`}>
            {series.map((line, lineIndex) => {
              const value = line.values[index] ?? 0;
              const barHeight = (value / largest) * PLOT_HEIGHT;
              const x = lineIndex * barWidth;
              const y = TOP + PLOT_HEIGHT - barHeight;
              return (
                <g key={line.name} className={`bar bar-${line.tone}`}>
                  <rect x={x} y={y} width={barWidth - 2} height={barHeight} />
                  <text x={x + barWidth / 2} y={y - 4} textAnchor="middle">
                    {format(line.values[index] ?? null)}
                  </text>
                </g>
              );
            })}
            <text className="axis" x={(groupWidth * 0.8) / 2} y={HEIGHT - 6} textAnchor="middle">
              {category}
            </text>
          </g>
        ))}
      </svg>
      {/* The key to the colours; the table repeats the names for anyone who cannot see them. */}
      <p className="chart-key" aria-hidden="true">
        {series.map((line) => (
          <span key={line.name} className={`key-${line.tone}`}>
            {line.name}
          </span>
        ))}
      </p>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((line) => (
              <th key={line.name} scope="col">
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, index) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((line) => (
                <td key={line.name}>{format(line.values[index] ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
