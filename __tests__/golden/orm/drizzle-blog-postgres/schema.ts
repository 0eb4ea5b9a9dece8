// db/schema.ts: written by db-scaffold from db/design.json and rewritten by every generator that changes the
// design. The tables, columns, keys, constraints and indexes are the ones db/schema.sql and the migrations create.
import { relations, sql } from 'drizzle-orm';
import { bigint, boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, varchar, type PgTableExtraConfigValue } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  email: varchar('email', { length: 320 }).notNull(),
  username: varchar('username', { length: 255 }).notNull(),
  displayName: text('display_name').notNull(),
  bio: text('bio'),
  isAdmin: boolean('is_admin').notNull().default(sql`FALSE`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t): PgTableExtraConfigValue[] => [
  unique('uq_users_email').on(t.email),
  unique('uq_users_username').on(t.username),
  check('ck_users_email_format', sql`"email" LIKE '%@%'`),
]);

export const posts = pgTable('posts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  slug: varchar('slug', { length: 255 }).notNull(),
  body: text('body').notNull(),
  status: text('status').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  viewCount: integer('view_count').notNull().default(sql`0`),
  authorId: bigint('author_id', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t): PgTableExtraConfigValue[] => [
  unique('uq_posts_slug').on(t.slug),
  check('ck_posts_status_allowed', sql`"status" IN ('draft', 'published', 'archived')`),
  check('ck_posts_view_count_nonneg', sql`"view_count" >= 0`),
  index('ix_posts_author_id').on(t.authorId),
  foreignKey({ name: 'fk_posts_author_id', columns: [t.authorId], foreignColumns: [users.id] }).onDelete('restrict'),
]);

export const comments = pgTable('comments', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  body: text('body').notNull(),
  postId: bigint('post_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t): PgTableExtraConfigValue[] => [
  index('ix_comments_post_id').on(t.postId),
  index('ix_comments_user_id').on(t.userId),
  foreignKey({ name: 'fk_comments_post_id', columns: [t.postId], foreignColumns: [posts.id] }).onDelete('restrict'),
  foreignKey({ name: 'fk_comments_user_id', columns: [t.userId], foreignColumns: [users.id] }).onDelete('restrict'),
]);

export const tags = pgTable('tags', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 255 }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t): PgTableExtraConfigValue[] => [
  unique('uq_tags_name').on(t.name),
]);

export const postTags = pgTable('post_tags', {
  postId: bigint('post_id', { mode: 'number' }).notNull(),
  tagId: bigint('tag_id', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t): PgTableExtraConfigValue[] => [
  primaryKey({ name: 'pk_post_tags', columns: [t.postId, t.tagId] }),
  index('ix_post_tags_tag_id_post_id').on(t.tagId, t.postId),
  foreignKey({ name: 'fk_post_tags_post_id', columns: [t.postId], foreignColumns: [posts.id] }).onDelete('cascade'),
  foreignKey({ name: 'fk_post_tags_tag_id', columns: [t.tagId], foreignColumns: [tags.id] }).onDelete('cascade'),
]);

export const usersRelations = relations(users, ({ many }) => ({
  posts: many(posts, { relationName: 'fk_posts_author_id' }),
  comments: many(comments, { relationName: 'fk_comments_user_id' }),
}));

export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id], relationName: 'fk_posts_author_id' }),
  comments: many(comments, { relationName: 'fk_comments_post_id' }),
  postTags: many(postTags, { relationName: 'fk_post_tags_post_id' }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id], relationName: 'fk_comments_post_id' }),
  user: one(users, { fields: [comments.userId], references: [users.id], relationName: 'fk_comments_user_id' }),
}));

export const tagsRelations = relations(tags, ({ many }) => ({
  postTags: many(postTags, { relationName: 'fk_post_tags_tag_id' }),
}));

export const postTagsRelations = relations(postTags, ({ one }) => ({
  post: one(posts, { fields: [postTags.postId], references: [posts.id], relationName: 'fk_post_tags_post_id' }),
  tag: one(tags, { fields: [postTags.tagId], references: [tags.id], relationName: 'fk_post_tags_tag_id' }),
}));
