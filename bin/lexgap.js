#!/usr/bin/env node
// The `lexgap` command. It runs the TypeScript sources through tsx's loader, so a checkout works as installed.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli-entry.ts');
