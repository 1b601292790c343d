// placeholder until the build stage lands
