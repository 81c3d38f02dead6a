// The measure pages' copy of Chart.js (the version pinned in package-lock.json) with only what
// assets/js/charts.js draws: line charts on a category axis (months) and a linear axis, with
// points and tooltips. esbuild drops the rest at compile time (about a third of the full
// library's weight); the binary embeds the result. charts.js finds it as window.Chart.
import { Chart, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);
window.Chart = Chart;
