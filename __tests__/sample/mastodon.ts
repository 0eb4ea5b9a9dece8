/**
 * A slice of Mastodon's public db/schema.rb (ActiveRecord 8.0, version 2025_12_17) written in the language, and
 * what PostgreSQL's catalog must hold for it — transcribed from schema.rb: Rails' `t.string` is varchar without a
 * length, `t.datetime precision: nil` a timestamp without time zone, `id` a bigserial, `add_foreign_key … on_delete`.
 * `accounts` holds the columns its keys, indexes and FKs use (the rest are listed in docs/language.md, not in the
 * slice).
 */
const TS = 'created_at:datetime(local):default(none), updated_at:datetime(local):default(none), @timestamps(none)';
const BY = 'account_id:ref(Account, cascade)';
const TARGET = 'target_account_id:ref(Account, cascade)';

export const MASTODON_ENTITIES = [
  "Account: id:serial, username:string(*):default(''), domain:string(*):optional, uri:string(*):default(''), url:string(*):optional, " +
    `locked:boolean:default(false), moved_to_account_id:ref(Account, set-null), fields:jsonb:optional, ` +
    `also_known_as:string(*)[]:optional, attribution_domains:string(*)[]:optional:default('{}'), ${TS}, ` +
    "@unique(lower(username), coalesce(lower(domain), '')), @index(domain, id), @index(moved_to_account_id) where(moved_to_account_id IS NOT NULL), " +
    '@index(uri), @index(url) where(url IS NOT NULL)',
  `AccountAlias: id:serial, ${BY}, acct:string(*):default(''), uri:string(*):default(''), ${TS}, @unique(account_id, uri)`,
  `AccountDomainBlock: id:serial, domain:string(*), ${TS}, ${BY}, @unique(account_id, domain)`,
  `AccountMigration: id:serial, account_id:ref(Account, cascade):optional, acct:string(*):default(''), followers_count:bigint:default(0), ` +
    `target_account_id:ref(Account, set-null), ${TS}, @index(account_id), @index(target_account_id) where(target_account_id IS NOT NULL)`,
  `AccountNote: id:serial, ${BY}, ${TARGET}, comment:text, ${TS}, @unique(account_id, target_account_id)`,
  `AccountPin: id:serial, ${BY}, ${TARGET}, ${TS}, @unique(account_id, target_account_id)`,
  `Block: id:serial, ${TS}, ${BY}, ${TARGET}, uri:string(*):optional, @unique(account_id, target_account_id)`,
  `AccountWarningPreset: id:serial, text:text:default(''), ${TS}, title:string(*):default('')`,
].join('\n');

type Col = [string, string, boolean, string | null];
const id = (t: string): Col => ['id', 'bigint', false, `nextval('${t}_id_seq'::regclass)`];
const ts: Col[] = [['created_at', 'timestamp without time zone', false, null], ['updated_at', 'timestamp without time zone', false, null]];
const vc = (n: string, nullable = false, def: string | null = nullable ? null : "''::character varying"): Col => [n, 'character varying', nullable, def];
const big = (n: string, nullable = false): Col => [n, 'bigint', nullable, null];

/** Columns: name, format_type, NULL allowed, default — as schema.rb gives them. */
export const MASTODON_COLUMNS: Record<string, Col[]> = {
  accounts: [id('accounts'), vc('username'), vc('domain', true), vc('uri'), vc('url', true), ['locked', 'boolean', false, 'false'],
    big('moved_to_account_id', true), ['fields', 'jsonb', true, null],
    ['also_known_as', 'character varying[]', true, null], ['attribution_domains', 'character varying[]', true, "'{}'::character varying[]"], ...ts],
  account_aliases: [id('account_aliases'), big('account_id'), vc('acct'), vc('uri'), ...ts],
  account_domain_blocks: [id('account_domain_blocks'), vc('domain', false, null), ...ts, big('account_id')],
  account_migrations: [id('account_migrations'), big('account_id', true), vc('acct'), ['followers_count', 'bigint', false, '0'], big('target_account_id', true), ...ts],
  account_notes: [id('account_notes'), big('account_id'), big('target_account_id'), ['comment', 'text', false, null], ...ts],
  account_pins: [id('account_pins'), big('account_id'), big('target_account_id'), ...ts],
  blocks: [id('blocks'), ...ts, big('account_id'), big('target_account_id'), vc('uri', true)],
  account_warning_presets: [id('account_warning_presets'), ['text', 'text', false, "''::text"], ...ts, vc('title')],
};

/** Indexes (not the primary keys) as pg_indexes writes them, the name left out. */
export const MASTODON_INDEXES: Record<string, string[]> = {
  accounts: [
    "CREATE UNIQUE INDEX ON public.accounts USING btree (lower((username)::text), COALESCE(lower((domain)::text), ''::text))",
    'CREATE INDEX ON public.accounts USING btree (domain, id)',
    'CREATE INDEX ON public.accounts USING btree (moved_to_account_id) WHERE (moved_to_account_id IS NOT NULL)',
    'CREATE INDEX ON public.accounts USING btree (uri)',
    // Mastodon: url text_pattern_ops (docs/language.md)
    'CREATE INDEX ON public.accounts USING btree (url) WHERE (url IS NOT NULL)',
  ],
  account_aliases: ['CREATE UNIQUE INDEX ON public.account_aliases USING btree (account_id, uri)'],
  account_domain_blocks: ['CREATE UNIQUE INDEX ON public.account_domain_blocks USING btree (account_id, domain)'],
  account_migrations: ['CREATE INDEX ON public.account_migrations USING btree (account_id)',
    'CREATE INDEX ON public.account_migrations USING btree (target_account_id) WHERE (target_account_id IS NOT NULL)'],
  account_notes: ['CREATE UNIQUE INDEX ON public.account_notes USING btree (account_id, target_account_id)', 'CREATE INDEX ON public.account_notes USING btree (target_account_id)'],
  account_pins: ['CREATE UNIQUE INDEX ON public.account_pins USING btree (account_id, target_account_id)', 'CREATE INDEX ON public.account_pins USING btree (target_account_id)'],
  blocks: ['CREATE UNIQUE INDEX ON public.blocks USING btree (account_id, target_account_id)', 'CREATE INDEX ON public.blocks USING btree (target_account_id)'],
  account_warning_presets: [],
};

/** FKs: column → table, ON DELETE (schema.rb's add_foreign_key). */
export const MASTODON_FKS: Record<string, string[]> = {
  accounts: ['moved_to_account_id -> accounts set null'],
  account_aliases: ['account_id -> accounts cascade'],
  account_domain_blocks: ['account_id -> accounts cascade'],
  account_migrations: ['account_id -> accounts cascade', 'target_account_id -> accounts set null'],
  account_notes: ['account_id -> accounts cascade', 'target_account_id -> accounts cascade'],
  account_pins: ['account_id -> accounts cascade', 'target_account_id -> accounts cascade'],
  blocks: ['account_id -> accounts cascade', 'target_account_id -> accounts cascade'],
  account_warning_presets: [],
};
