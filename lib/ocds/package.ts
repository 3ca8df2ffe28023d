import { OCDS_EXTENSIONS, OCDS_LICENSE, OCDS_PUBLISHER, OCDS_VERSION } from "./config";
import { compileReleases } from "./merge";
import type { RecordPackage, Release, ReleasePackage } from "./types";

const common = (uri: string, now: Date) => ({
  uri, version: OCDS_VERSION, extensions: OCDS_EXTENSIONS.map((extension) => extension.url), publishedDate: now.toISOString(), publisher: { ...OCDS_PUBLISHER }, license: OCDS_LICENSE,
});

/** A release package (at least one release: the schema requires it), declaring the extensions its releases use. */
export function releasePackage(releases: Release[], uri: string, now: Date): ReleasePackage {
  return { ...common(uri, now), releases };
}

/** A record package for one process: its releases, embedded, and the compiled release. */
export function recordPackage(releases: Release[], uri: string, now: Date): RecordPackage {
  return { ...common(uri, now), records: [{ ocid: releases[0]!.ocid, releases, compiledRelease: compileReleases(releases) }] };
}
