"Model architectures."
