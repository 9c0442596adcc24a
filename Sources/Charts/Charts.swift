// Placeholder: the Charts module is being written.
