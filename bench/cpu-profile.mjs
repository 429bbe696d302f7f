// What the profile scripts print of Chromium CPU profiles (the DevTools protocol's `Profiler.stop`):
// main-thread time by function, its own (self) and with what it called (inclusive), idle left out.

const keyOf = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
const NOT_WORK = new Set(['(idle)', '(program)']);

/** Self and inclusive milliseconds by function over `profiles`, and the busy total. */
export function profileTimes(profiles) {
  const self = new Map();
  const inclusive = new Map();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const frame = byId.get(id).callFrame;
      if (NOT_WORK.has(frame.functionName)) return;
      self.set(keyOf(frame), (self.get(keyOf(frame)) ?? 0) + delta);
      // A function on the stack twice (recursion) counts once.
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const key = keyOf(byId.get(at).callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
      }
    });
  }
  const busy = [...self.values()].reduce((sum, value) => sum + value, 0);
  return { self, inclusive, busy };
}

/** Prints the busy time and the top functions, each divided by `count` (`unit` names one: "key", "click"). */
export function printProfileTimes(profiles, { count = 1, unit = 'run', selfTop = 30, inclusiveTop = 60 } = {}) {
  const { self, inclusive, busy } = profileTimes(profiles);
  const per = (ms) => `${(ms / count).toFixed(2).padStart(8)} ms/${unit}`;
  console.log(`busy ${busy.toFixed(0)} ms over ${count} ${unit}(s) (${(busy / count).toFixed(1)} ms a ${unit})`);
  console.log('-- self');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, selfTop)) console.log(`${per(ms)}  ${key}`);
  if (inclusiveTop === 0) return;
  console.log('-- inclusive');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, inclusiveTop)) console.log(`${per(ms)}  ${key}`);
}
