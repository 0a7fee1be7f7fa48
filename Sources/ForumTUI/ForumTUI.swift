enum ForumTUIPlaceholder {}
