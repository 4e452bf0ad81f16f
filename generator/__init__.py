"""Build the AI Engineer Interview Guide from its YAML corpus.

The stages run in one direction: ``load`` (bytes to data with source positions),
``schema`` (typed models), ``validate`` (rules across files), ``render`` (Markdown
pages). ``mkdocs_hooks`` hands the rendered pages to MkDocs and knows nothing else.
"""
