import type { NextConfig } from 'next';

const config: NextConfig = {
  // This folder is the app's root; the repository's own lockfile above it belongs to the kit.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default config;
