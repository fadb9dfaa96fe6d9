// ECharts, reduced to what the dashboard draws: a calendar heatmap, lines and bars on a canvas.
// Importing from `echarts/core` keeps every other chart type and component out of the bundle.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
export type { EChartsType } from 'echarts/core';
export type ChartOption = Parameters<echarts.EChartsType['setOption']>[0];

/** The theme's colours, read from the CSS variables of `app.css`, for the canvas. */
export interface Palette {
  text: string;
  muted: string;
  line: string;
  surface: string;
  accent: string;
  danger: string;
  /** One per tool, in provider order, then more for other series. */
  series: string[];
  /** Heatmap levels 0–4. */
  levels: string[];
}

export function palette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const dark = document.documentElement.dataset.theme === 'dark';
  return {
    text: v('--text'),
    muted: v('--muted'),
    line: v('--line'),
    surface: v('--surface'),
    accent: v('--accent'),
    danger: v('--danger'),
    series: dark
      ? ['#f0a868', '#8fb3ff', '#7fd6a4', '#e59be0', '#f2d27a']
      : ['#b4540a', '#1f4fbf', '#1d7a45', '#8e3a8a', '#7a6200'],
    levels: dark
      ? ['#262d36', '#0e4429', '#006d32', '#26a641', '#39d353']
      : ['#ebedf0', '#9be9a8', '#40c463', '#30a14e', '#216e39'],
  };
}

declare global {
  interface Window {
    /** Every chart on the page by name, for the end-to-end tests (`getOption()`, identity). */
    aiUsageCharts?: Record<string, echarts.EChartsType>;
    /** When each chart first finished drawing its data (ms since navigation start). */
    aiUsageChartsFinished?: Record<string, number>;
  }
}
