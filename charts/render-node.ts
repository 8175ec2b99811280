/** Renders a chart configuration to PNG in Node (chart.js on @napi-rs/canvas), at twice the pixel ratio. */
import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';

let registered = false;

/** PNG bytes of `config` drawn at width × height CSS pixels; the image is 2× that in pixels. */
export function renderChartPng(config: ChartConfiguration, width: number, height: number): Buffer {
  if (!registered) {
    Chart.register(...registerables);
    registered = true;
  }
  const canvas = createCanvas(width, height);
  const options = { ...config.options, animation: false, responsive: false, devicePixelRatio: 2 };
  // chart.js takes any object with getContext; the napi canvas is one.
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], { ...config, options } as ChartConfiguration);
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}
