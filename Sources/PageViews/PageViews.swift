// Placeholder: the PageViews module is being written.
