// SDK-neutral shapes of the MCP surface: tools, resources and prompts as data plus plain functions.
import type { z } from 'zod';
import type { StandardsLibrary } from '../../standards/library.js';
import type { CheckRunner } from '../runner.js';

/** What every definition may use. */
export interface McpServices {
  readonly library: StandardsLibrary;
  readonly runner: CheckRunner;
  /** Folders `check_files` may read (real paths); undefined when the tool is not offered. */
  readonly roots: readonly string[] | undefined;
}

/** A failure the caller can act on: becomes an `isError` tool result with this message. */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

/** A resource read that names nothing we hold: becomes the protocol's "resource not found". */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly uri: string) {
    super(`Resource not found: ${uri}`);
  }
}

/** A tool's answer: structured data (checked against the output schema) and the same as text. */
export interface ToolResult<T> {
  readonly data: T;
  readonly text: string;
}

export interface ToolAnnotations {
  readonly readOnlyHint: true;
  readonly destructiveHint: false;
  readonly idempotentHint: true;
  readonly openWorldHint: false;
}

/** Every tool reads only, changes nothing, gives the same answer twice and never leaves the machine. */
export const READ_ONLY: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

export interface ToolDefinition<I extends z.ZodObject, O extends z.ZodObject> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: I;
  readonly output: O;
  readonly annotations: ToolAnnotations;
  /** Whether the tool is offered with these services (all tools are, unless they say otherwise). */
  readonly available?: (services: McpServices) => boolean;
  readonly run: (args: z.output<I>, services: McpServices) => Promise<ToolResult<z.output<O>>>;
}

/** A tool with its argument types erased, as the registry holds it. */
export interface AnyTool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: z.ZodObject;
  readonly output: z.ZodObject;
  readonly annotations: ToolAnnotations;
  readonly available?: (services: McpServices) => boolean;
  readonly run: (args: never, services: McpServices) => Promise<ToolResult<unknown>>;
}

/** Declares a tool; the identity function, there for type inference. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(definition: ToolDefinition<I, O>): ToolDefinition<I, O> {
  return definition;
}

/** A resource at one fixed URI. */
export interface StaticResource {
  readonly name: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly mimeType: string;
  readonly read: (services: McpServices) => string;
}

/** One entry of a template resource's listing. */
export interface ListedResource {
  readonly uri: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

/** Resources addressed by a URI template with one variable. */
export interface TemplateResource {
  readonly name: string;
  readonly uriTemplate: string;
  readonly variable: string;
  readonly title: string;
  readonly description: string;
  readonly mimeType: string;
  readonly list: (services: McpServices) => readonly ListedResource[];
  readonly complete: (prefix: string, services: McpServices) => readonly string[];
  /** The text at the URI with `value` filled in; throws NotFoundError when there is none. */
  readonly read: (value: string, services: McpServices) => string;
}

/** A prompt message: text, or an embedded resource. */
export type PromptContent =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'resource'; readonly resource: { readonly uri: string; readonly mimeType: string; readonly text: string } };

export interface PromptMessage {
  readonly role: 'user' | 'assistant';
  readonly content: PromptContent;
}

export interface PromptDefinition<A extends z.ZodObject> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Prompt arguments are strings on the wire. */
  readonly args: A;
  readonly render: (args: z.output<A>, services: McpServices) => Promise<{ description: string; messages: PromptMessage[] }>;
}

export interface AnyPrompt {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly args: z.ZodObject;
  readonly render: (args: never, services: McpServices) => Promise<{ description: string; messages: PromptMessage[] }>;
}

export function definePrompt<A extends z.ZodObject>(definition: PromptDefinition<A>): PromptDefinition<A> {
  return definition;
}
