// The machine's load while the benchmark runs: the 1-minute load average and how busy
// all cores were (from /proc/stat), sampled every two seconds. Other people's work on
// the machine shows here: read the figures with it.
import { readFileSync } from 'node:fs';

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

function cpuTimes() {
  const line = read('/proc/stat')?.split('\n')[0];
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  return { idle, total: fields.reduce((sum, value) => sum + value, 0) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
};
const round = (value) => (value === null ? null : Math.round(value * 100) / 100);

export class LoadSampler {
  loads = [];
  busy = [];
  timer = null;
  last = cpuTimes();

  start() {
    this.timer = setInterval(() => this.sample(), 2000);
    this.timer.unref();
  }

  sample() {
    const loadavg = read('/proc/loadavg');
    if (loadavg) this.loads.push(Number(loadavg.split(' ')[0]));
    const now = cpuTimes();
    if (now && this.last && now.total > this.last.total) this.busy.push(100 * (1 - (now.idle - this.last.idle) / (now.total - this.last.total)));
    this.last = now;
  }

  stop() {
    clearInterval(this.timer);
  }

  summary() {
    return {
      samples: this.loads.length,
      loadavg1: { min: round(Math.min(...this.loads)), median: round(median(this.loads)), max: round(Math.max(...this.loads)) },
      cpuBusyPercent: { median: round(median(this.busy)), max: round(Math.max(...this.busy)) },
    };
  }
}
