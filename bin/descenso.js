#!/usr/bin/env node
// The installed command runs the compiled CLI (npm install / npm ci build it through "prepare").
import '../dist/cli/bin.js';
