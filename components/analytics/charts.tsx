"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";

/*
 * The dashboard's charts (recharts): pictures of figures that are also given as tables beside them, so the SVG is
 * one labelled image for assistive technology and the table is what a screen reader reads. Values arrive as plain
 * numbers for plotting only; the exact figures (øre, basis points) are in the tables.
 */
const COLORS = ["var(--ax-bg-accent-strong)", "var(--ax-bg-meta-purple-strong)", "var(--ax-bg-brand-magenta-strong)", "var(--ax-bg-meta-lime-strong)", "var(--ax-bg-brand-beige-strong)", "var(--ax-bg-neutral-strong)"];
const AXIS = { fontSize: 12, fill: "var(--ax-text-neutral)" };

interface Frame {
  label: string;
  height?: number;
  children: React.ReactElement;
}

function Frame({ label, height = 260, children }: Frame) {
  return (
    <figure role="img" aria-label={label} style={{ margin: 0, width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

/** Horizontal bars: one per category, `value` in the unit `format` prints. */
export function BarsChart({ label, data, format }: { label: string; data: { name: string; value: number }[]; format: "percent" | "number" }) {
  const tick = (value: number) => (format === "percent" ? `${value} %` : String(value));
  return (
    <Frame label={label} height={Math.max(160, data.length * 40 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} tickFormatter={tick} domain={format === "percent" ? [0, 100] : [0, "auto"]} />
        <YAxis type="category" dataKey="name" width={130} tick={AXIS} />
        <Tooltip formatter={(value) => tick(Number(value))} />
        <Bar dataKey="value" fill={COLORS[0]} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

/** Lines over quarters: `rows` are { quarter, [series]: value }. */
export function LinesChart({ label, rows, series, unit }: { label: string; rows: Record<string, string | number>[]; series: string[]; unit: string }) {
  return (
    <Frame label={label}>
      <LineChart data={rows} margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="quarter" tick={AXIS} />
        <YAxis tick={AXIS} width={70} tickFormatter={(value: number) => `${value} ${unit}`} />
        <Tooltip formatter={(value) => `${Number(value).toLocaleString("nb-NO")} ${unit}`} />
        <Legend />
        {series.map((name, index) => (
          <Line key={name} type="monotone" dataKey={name} stroke={COLORS[index % COLORS.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </Frame>
  );
}

/** Points: x = price per participant-month (kr), y = quality (percent of the maximum). */
export function PointsChart({ label, points, xLabel, yLabel }: { label: string; points: { x: number; y: number }[]; xLabel: string; yLabel: string }) {
  return (
    <Frame label={label} height={300}>
      <ScatterChart margin={{ left: 8, right: 24, bottom: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" name={xLabel} tick={AXIS} unit=" kr" />
        <YAxis type="number" dataKey="y" name={yLabel} tick={AXIS} unit=" %" domain={[0, 100]} width={60} />
        <ZAxis range={[40, 40]} />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} />
        <Scatter data={points} fill={COLORS[0]} isAnimationActive={false} />
      </ScatterChart>
    </Frame>
  );
}
