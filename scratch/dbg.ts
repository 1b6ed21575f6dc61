import { readFileSync } from 'node:fs';
import { reportSource } from '../src/lib/registry/report-source.ts';
import { includeShared } from '../src/lib/registry/resolve.ts';
import { registryContext } from '../src/lib/registry/load.ts';
import { readRegistry } from '../src/lib/registry/read.ts';
const f = 'content/reports/us-strikes-iraq-syria-2024-02.mdx';
const r = includeShared(reportSource(f, readFileSync(f, 'utf8')).data, registryContext(readRegistry()));
console.log((r.value as any).actors.map((a: any) => a.id + ':' + JSON.stringify(a.affiliations ?? [])));
