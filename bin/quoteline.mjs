#!/usr/bin/env node
// The quoteline command: validate and convert story files. Runs the built CLI (npm run build:lib).
import '../lib/cli.js';
