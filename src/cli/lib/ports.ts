/**
 * Loopback ports of the test and measurement servers. DOUM_PORT_BASE moves them all at once, so two
 * checkouts on one machine can run their tests side by side without serving each other's builds.
 */
const base = Number(process.env.DOUM_PORT_BASE) || 4390;

export const PORTS = {
  e2eRoot: base + 1,
  e2ePreview: base + 2,
  writerTools: base + 3,
  scale: base + 4,
  eval: base + 5,
  previewFixture: base + 6,
  productionFixture: base + 7,
  bench: base + 8,
  writerDev: base + 9,
} as const;
