#!/usr/bin/env node
// Runs the TypeScript CLI directly: Node ≥ 22.18 strips types itself, so there is no build step.
import '../cli/main.ts';
