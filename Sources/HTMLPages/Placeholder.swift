enum HTMLPagesPlaceholder {}
