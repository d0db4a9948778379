// Response bodies are serialized from the route's response schema by fast-json-stringify, as Fastify does
// by default, but each serializer is compiled when its route first answers with that status, not at start.
// Fastify compiles one for every route and status code before listening (about 190 here, most of them the
// error bodies of withErrors, which most routes never send): 3.5 MB of generated source and the code and
// validators built from it, held by a server that may never use them (decision 0026: the embedded mode's
// memory). A schema that cannot be compiled is found by the test that compiles them all
// (compileEverySerializer), not by the first user who meets it.
import type { FastifyInstance } from 'fastify';
import fastJsonStringify from 'fast-json-stringify';

type Serialize = (data: unknown) => string;

const compilers = new WeakMap<FastifyInstance, (() => Serialize)[]>();

export function registerSerialization(app: FastifyInstance): void {
  const all: (() => Serialize)[] = [];
  compilers.set(app, all);
  app.setSerializerCompiler(({ schema }) => {
    let serialize: Serialize | undefined;
    const compiled = () => (serialize ??= fastJsonStringify(schema as Parameters<typeof fastJsonStringify>[0]) as Serialize);
    all.push(compiled);
    return (data: unknown) => compiled()(data);
  });
}

/** Compiles every response serializer of the app now (after `ready`); throws what a schema's compiling throws. */
export function compileEverySerializer(app: FastifyInstance): number {
  const all = compilers.get(app) ?? [];
  for (const compiled of all) compiled();
  return all.length;
}
