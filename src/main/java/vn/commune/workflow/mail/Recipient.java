package vn.commune.workflow.mail;

/** Someone the product writes to: their login (for the outbox's record), their name and their address. */
public record Recipient(String userId, String name, String email) {}
