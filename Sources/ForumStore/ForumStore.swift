enum ForumStorePlaceholder {}
