import type { FastifyReply } from 'fastify';
import { XMLBuilder } from 'fast-xml-parser';

// The two response formats of GeoReport v2. Every answer is built once as plain data in the
// JSON shape; XML is derived from it by the standard's naming: a list named `services` holds
// `<service>` elements, `service_requests` holds `<request>`, and so on. null is an empty element.

export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

/** The element name of one member of a list, by the list's name. */
const MEMBER: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, ignoreAttributes: false });

// XML 1.0 has no place for most control characters, whatever the text holds.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

function toXmlValue(name: string, v: Json): unknown {
  if (v === null) return '';
  if (Array.isArray(v)) {
    const member = MEMBER[name] ?? 'item';
    return v.length ? { [member]: v.map((x) => toXmlValue(member, x)) } : '';
  }
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toXmlValue(k, x)]));
  if (typeof v === 'string') return clean(v);
  return String(v);
}

/** `root` names the document element: the list's name for a list, the object's for one object. */
export function toXml(root: string, body: Json): string {
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [root]: toXmlValue(root, body) })}`;
}

export function send(reply: FastifyReply, format: Format, root: string, body: Json, status = 200): FastifyReply {
  reply.status(status).type(CONTENT_TYPES[format]);
  return reply.send(format === 'json' ? JSON.stringify(body) : toXml(root, body));
}

/** `requests.json` → json; a name with another ending or none has no format. */
export function splitFormat(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/i.exec(file);
  if (!m) return null;
  return { name: m[1]!, format: m[2]!.toLowerCase() as Format };
}

export type { Json };
