/** The parts of an OCDS 1.1.5 release this publication uses (schema-checked in tests, not modelled field by field here). */
export interface Release {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: "tender";
  [field: string]: unknown;
}

export interface Publisher {
  name: string;
  scheme: string;
  uid: string;
}

export interface ReleasePackage {
  uri: string;
  version: string;
  extensions: string[];
  publishedDate: string;
  publisher: Publisher;
  license: string;
  releases: Release[];
}

export interface RecordPackage {
  uri: string;
  version: string;
  extensions: string[];
  publishedDate: string;
  publisher: Publisher;
  license: string;
  records: { ocid: string; releases: Release[]; compiledRelease: Release }[];
}
