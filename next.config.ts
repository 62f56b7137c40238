import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds coexist on one machine (e.g. parallel e2e runs); .next by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
