#!/usr/bin/env node
// The CLI runs from its TypeScript sources: tsx compiles on the fly, so a clone works without a build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
